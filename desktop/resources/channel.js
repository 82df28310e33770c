/* The one channel between a page of Posture and Python (QWebChannel), shared by the map, the
 * print page and the two comparison pages.
 *
 *   const ch = PostureChannel.open('bridge', calls);   // calls: an object, or a function giving it
 *   ch.send('moved', {...})            page -> Python: obj.send(JSON {type, ...payload})
 *   Python -> page: obj.toPage(JSON {fn, args}) calls calls[fn](...args) (no name starting with _)
 *
 * A page's errors and unhandled rejections are reported to Python as 'log' messages. 'ready' is
 * sent once the channel is open AND every script of the page has run (the channel can open while
 * a later <script> is still being fetched, and Python's first calls may go to that module).
 */
'use strict';

(function () {
  function parsed() {
    if (document.readyState !== 'loading') return Promise.resolve();
    return new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }

  function opened(name) {
    return new Promise((resolve) => {
      if (typeof qt === 'undefined' || !qt.webChannelTransport) { resolve(null); return; }
      new QWebChannel(qt.webChannelTransport, (channel) => resolve(channel.objects[name] || null));
    });
  }

  window.PostureChannel = {
    open(name, calls) {
      let obj = null;
      function send(type, payload) {
        if (obj) obj.send(JSON.stringify(Object.assign({ type: type }, payload || {})));
      }
      function report(level, message) { send('log', { level: level, message: String(message).slice(0, 2000) }); }
      function failed(fn, err) { report('error', fn + ': ' + (err && err.stack || err)); }
      window.addEventListener('error', (e) => report('error', (e.message || 'error') + ' at ' + (e.filename || '') + ':' + (e.lineno || 0)));
      window.addEventListener('unhandledrejection', (e) => report('error', 'unhandled promise rejection: ' + (e.reason && e.reason.message || e.reason)));
      const ready = Promise.all([opened(name), parsed()]).then(([o]) => {
        obj = o;
        if (!obj) return false;
        obj.toPage.connect((text) => {
          let msg;
          try { msg = JSON.parse(text); } catch (err) { report('error', 'bad call from Python: ' + err); return; }
          const target = typeof calls === 'function' ? calls() : calls;
          const fn = msg && typeof msg.fn === 'string' && !msg.fn.startsWith('_') ? target[msg.fn] : undefined;
          if (typeof fn !== 'function') { report('error', 'unknown page call ' + (msg && msg.fn)); return; }
          try {
            const result = fn.apply(target, msg.args || []);
            if (result && typeof result.catch === 'function') result.catch((err) => failed(msg.fn, err));
          } catch (err) { failed(msg.fn, err); }
        });
        send('ready', {});
        return true;
      }).catch((err) => { report('error', 'page start failed: ' + (err && err.stack || err)); return false; });
      return { send: send, report: report, ready: ready };
    },
  };
})();
