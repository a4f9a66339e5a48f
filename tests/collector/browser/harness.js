// What each SDK page of the collector's browser test sends, read from its query string:
//   collector  the collector's base URL (another origin than this page)
//   key        the source's write key          run   a tag carried by every event
//   mode       live: identify, group, then n events, sent as the SDK sends them;
//              unload: the same, but the SDK is set to hold them back, and the test leaves the page
//              as soon as they are queued: only the SDK's beacons on page hide can deliver them
// The page reports progress in window.__banso.state ("loading", "ready", "sent" or "queued").
(function () {
  var q = new URLSearchParams(location.search);
  var sdk = document.currentScript.getAttribute("data-sdk");
  var mode = q.get("mode") || "live";
  // Japanese, an emoji family (ZWJ sequence), a flag, a skin tone and half-width kana: every one a
  // character that needs a surrogate pair or several code points.
  var TEXT = "日本語のテキスト 🍣👨‍👩‍👧‍👦🇯🇵👍🏽 ﾊﾝｶｸ";
  window.__banso = {
    sdk: sdk, mode: mode, collector: q.get("collector"), key: q.get("key"), run: q.get("run"),
    n: Number(q.get("n") || 50), state: "loading", errors: [],
    user: "u-" + sdk,
    account: "ACME-" + sdk,
    userTraits: { email: sdk + "@example.com", name: "山田 太郎 🍣" },
    accountTraits: { name: "アクメ株式会社 🏢 " + sdk, plan: "pro" },
    // Call done() once per event when the SDK says it has queued it; after the n-th, the page is
    // "queued" (unload) or "sent" (live). Some SDKs queue asynchronously (mixpanel-browser writes its
    // queue to localStorage first): leaving before they have would lose events in the page, not in banso.
    pending: null,
    done: function () {
      var b = window.__banso;
      b.pending = (b.pending === null ? b.n : b.pending) - 1;
      if (b.pending === 0) b.state = b.mode === "live" ? "sent" : "queued";
    },
    event: function (i) {
      return [mode === "unload" ? "browser_unload_event" : "browser_test_event",
              { n: i, run: q.get("run"), text: TEXT + " #" + i }];
    }
  };
  window.addEventListener("error", function (e) { window.__banso.errors.push(String(e.message)); });
})();
