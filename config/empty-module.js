// Stands in for node's `crypto`, which tweetnacl requires only to find a random source (verifying a
// signature needs none). webpack would otherwise make it an "ignored" module without a resource,
// and Taro 4.2.1's optimizeMainPackage stops scanning a subpackage at the first such module
// (MiniSplitChunksPlugin `return`s out of its loop), leaving the policy bundle in the main package.
module.exports = {}
