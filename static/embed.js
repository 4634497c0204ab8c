/*! Alibaba restructuring story: host loader. Finds our iframes, sizes them, and drives the
 * story from the host page's scroll. No globals, no inline styles in markup (CSSOM only),
 * no HTML from messages. Embed codes: /embed-help/ on the story's site. */
(function () {
	'use strict';
	var NS = 'alibaba-story';
	var TRIGGER = 0.85;

	// An ancestor that clips or transforms breaks position: sticky for everything inside it.
	function breaksSticky(el) {
		for (var n = el.parentElement; n && n !== document.documentElement; n = n.parentElement) {
			var s = getComputedStyle(n);
			if (s.overflow !== 'visible' || s.overflowY !== 'visible' || s.transform !== 'none' || s.contain.indexOf('paint') >= 0) return true;
		}
		return false;
	}

	function setup(box) {
		var frame = box.querySelector('iframe');
		if (!frame || box.__alibabaStory) return;
		box.__alibabaStory = 1;
		var origin = new URL(frame.src, location.href).origin;
		var steps = [].slice.call(box.querySelectorAll('[data-step]'));
		var mode = steps.length && !breaksSticky(box) ? 'sticky' : 'feed';
		var queued = 0;
		var last = '';
		var greeted = 0;

		// Only to our origin, and only once the story has said it is listening.
		function post(msg) {
			if (greeted && frame.contentWindow) frame.contentWindow.postMessage(msg, origin);
		}
		// The hello may reach a frame that has not loaded our page yet, so it names no origin; it carries nothing private.
		function hello() {
			if (frame.contentWindow) frame.contentWindow.postMessage({ type: NS + ':hello', mode: mode }, '*');
			last = '';
			update();
		}
		function update() {
			queued = 0;
			var vh = innerHeight;
			if (mode === 'feed') return post({ type: NS + ':viewport', top: frame.getBoundingClientRect().top, height: vh });
			frame.style.height = vh + 'px';
			// Active step: the last whose top has passed the trigger line (as the story itself does).
			var line = vh * TRIGGER,
				i = 0,
				r;
			for (var k = 0; k < steps.length; k++) if (steps[k].getBoundingClientRect().top <= line) i = k;
			r = steps[i].getBoundingClientRect();
			var done = Math.max(0, Math.min(r.height, line - r.top));
			var msg = { type: 'step', id: steps[i].getAttribute('data-step'), progress: r.height ? done / r.height : 1, travelled: done / vh };
			var key = msg.id + msg.progress.toFixed(3);
			if (key !== last) post(msg);
			last = key;
		}
		function queue() {
			if (!queued) queued = requestAnimationFrame(update);
		}

		frame.setAttribute('scrolling', 'no');
		frame.style.border = '0';
		frame.style.width = '100%';
		frame.style.display = 'block';
		if (mode === 'sticky') {
			// Flourish-style: the frame sticks while the host's own step text scrolls over it.
			box.style.position = 'relative';
			frame.style.position = 'sticky';
			frame.style.top = '0';
			frame.style.zIndex = '0';
			var list = steps[0].parentElement;
			list.style.position = 'relative';
			list.style.zIndex = '1';
			list.style.pointerEvents = 'none';
			list.style.marginTop = '-100vh';
			list.style.paddingTop = '60vh';
			list.style.listStyle = 'none';
			list.style.paddingLeft = '0';
			steps.forEach(function (s) {
				var card = s.firstElementChild;
				s.style.minHeight = '110vh';
				if (!card) return;
				card.style.pointerEvents = 'auto';
				card.style.background = '#fff';
				card.style.padding = '1em';
				card.style.maxWidth = '32rem';
				card.style.margin = '0 auto';
				card.style.boxShadow = '0 1px 8px rgba(0,0,0,.2)';
			});
		} else if (steps.length) {
			// The frame tells the story itself; the host copy stays in the page for search engines.
			steps[0].parentElement.hidden = true;
		}

		addEventListener('message', function (e) {
			var d = e.data;
			if (e.source !== frame.contentWindow || e.origin !== origin || !d || d.type !== NS + ':height') return;
			// The child's first height report means it is listening: greet it (again after each reload).
			if (!greeted) {
				greeted = 1;
				hello();
			}
			if (mode === 'sticky' || typeof d.height !== 'number' || !(d.height > 0 && d.height < 1e5)) return;
			frame.style.height = Math.ceil(d.height) + 'px';
		});
		addEventListener('scroll', queue, { passive: true });
		addEventListener('resize', queue);
		frame.addEventListener('load', function () {
			greeted = 0;
			hello();
		});
		hello();
	}

	function init() {
		[].forEach.call(document.querySelectorAll('[data-alibaba-story]'), setup);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
	else init();
})();
