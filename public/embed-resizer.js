// Resizes the diplomatic reactions tracker's embeds to their content. Each embed posts its height
// (a number, nothing else); a message is accepted only from one of these iframes (event.source)
// and from the dashboard's own origin, which is where this script was loaded from.
;(function () {
  var script = document.currentScript
  var origin = new URL(script ? script.src : location.href).origin
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return
    if (
      typeof event.data !== 'number' ||
      !isFinite(event.data) ||
      event.data < 0 ||
      event.data > 100000
    )
      return
    var frames = document.querySelectorAll('iframe[data-reactions-embed]')
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(event.data) + 'px'
        return
      }
    }
  })
})()
