/**
 * A probe page for risks the app's own pages do not reach yet: Taro's recursive `comp` (used past template
 * depth 15) and keyed lists being reordered. It is a page written the way Taro's build writes pages (a webpack
 * chunk that calls Page(createPageConfig(Component, route, data))), added to an in-memory copy of the real build,
 * so it runs on the real taro.js runtime, React and base.wxml.
 *
 * The chunk finds React and createPageConfig among the build's modules by stable text inside them (webpack
 * renames exports), so a Taro or React upgrade that changes that text fails here with a clear message.
 */
import type { SourceFiles } from './loader'
import { readAppJson } from './registry'

export const PROBE_ROUTE = 'pages/harness-probe/index'
/** Nesting depth of the tapped text: Taro switches to the `comp` component at depth 15. */
export const PROBE_DEPTH = 20

const PROBE_CHUNK = `"use strict";
(wx["webpackJsonp"] = wx["webpackJsonp"] || []).push([["harness-probe"], {
  "harness-probe": function (module, exports, require) {
    function find(what, test) {
      for (var id of Object.keys(require.m)) if (test(String(require.m[id]))) return require(id);
      throw new Error("harness probe: " + what + " not found in the build");
    }
    var React = find("React", function (s) { return s.indexOf("react.element") >= 0 && s.indexOf(".useState=function") >= 0; });
    var runtime = find("createPageConfig", function (s) { return s.indexOf("taro_page_") >= 0 && s.indexOf("getMiniLifecycleImpl") >= 0; });
    var createPageConfig = Object.keys(runtime).map(function (k) { return runtime[k]; })
      .filter(function (f) { return typeof f === "function" && String(f).indexOf("taro_page_") >= 0; })[0];
    if (!createPageConfig) throw new Error("harness probe: createPageConfig export not found");
    var h = React.createElement;
    function Probe() {
      var tapped = React.useState(0);
      var items = React.useState(["甲", "乙", "丙"]);
      var deep = h("text", { className: "probe-deep", onClick: function () { tapped[1](tapped[0] + 1); } }, "深处 " + tapped[0]);
      for (var i = 0; i < ${PROBE_DEPTH}; i++) deep = h("view", { className: "probe-level" }, deep);
      return h("view", { className: "probe" },
        deep,
        h("view", { className: "probe-list" }, items[0].map(function (k) { return h("view", { key: k, className: "probe-item" }, "项目" + k); })),
        h("view", { className: "probe-reverse", onClick: function () { items[1](items[0].slice().reverse()); } }, "倒序"),
        h("view", { className: "probe-drop", onClick: function () { items[1](items[0].slice(1)); } }, "去掉第一项")
      );
    }
    Page(createPageConfig(Probe, ${JSON.stringify(PROBE_ROUTE)}, { root: { cn: [] } }, {}));
  }
}, function (r) { r(r.s = "harness-probe"); }]);
`

/** A copy of the build's files with the probe page added to app.json and to the files. */
export function withProbePage(files: SourceFiles): Map<string, string> {
  const out = new Map(files)
  const app = readAppJson(files)
  out.set('app.json', JSON.stringify({ ...app, pages: [...app.pages, PROBE_ROUTE] }))
  // Same shape as the build's own pages: Taro's recursive templates plus `comp` for depth >= 15.
  const anyPage = app.pages[0] ?? 'pages/index/index'
  out.set(`${PROBE_ROUTE}.json`, JSON.stringify({ usingComponents: { comp: '../../comp' } }))
  out.set(`${PROBE_ROUTE}.wxml`, files.get(`${anyPage}.wxml`) ?? '')
  out.set(`${PROBE_ROUTE}.js`, PROBE_CHUNK)
  return out
}
