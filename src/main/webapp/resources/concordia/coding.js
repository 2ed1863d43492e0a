/*
 * The coding screen's keyboard and selection handling. External (no inline handlers) so that the
 * Content-Security-Policy holds. Offsets sent to the server are Unicode code points, as the server counts them.
 *
 * Each passage is a read-only text box (contenteditable, every edit refused here), so the browser's own caret
 * works with the keyboard: Tab into the text, arrows and Ctrl+arrows move, Shift selects, screen readers follow.
 *
 *  - select text inside one passage, then press a claim type's hotkey or click it in the palette; the first
 *    attribute field then has the focus, Ctrl+Enter saves and returns to the text where the coding ends, as Esc does;
 *  - . (full stop) selects the sentence around the caret; j / k go to the next / previous passage;
 *  - click highlighted text to select its coding (again to cycle through overlapping codings);
 *    ] / [ select the next / previous coding;
 *  - u undoes the last coding made or deleted; Esc clears the selection; ? lists the shortcuts.
 * Every action is announced in a live region. A long document arrives in parts: the first passages with the page,
 * the next ones when the end of those shown comes near (scrolling, or j on the last one).
 */
(function () {
    'use strict';

    /** The screen's strings in the page's language, from data attributes the page renders (see code.xhtml). */
    function tr(key, value) {
        var texts = document.getElementById('coding-texts');
        var pattern = texts && texts.dataset[key] ? texts.dataset[key] : key;
        return value === undefined ? pattern : pattern.replace('{0}', value);
    }
    var ACROSS = tr('across');
    var lastClickedIds = null;
    var cycle = 0;
    var returnTo = null;

    function codePoints(text) {
        return Array.from(text).length;
    }

    function passageOf(node) {
        var element = node && (node.nodeType === 1 ? node : node.parentElement);
        return element ? element.closest('.passage-text[data-passage]') : null;
    }

    function codable(passage) {
        return passage && passage.dataset.passage !== '';
    }

    function passages() {
        return Array.prototype.slice.call(document.querySelectorAll('.passage-text[contenteditable="true"]'));
    }

    /** The length, in UTF-16 units, of the passage's text before (node, offset). */
    function unitsBefore(container, node, offset) {
        var range = document.createRange();
        range.selectNodeContents(container);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    /** The text node and offset at UTF-16 position {@code units} of the passage's text. */
    function pointAt(passage, units) {
        var walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
        var left = Math.max(0, units);
        var last = null;
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            if (left <= node.length) {
                return {node: node, offset: left};
            }
            left -= node.length;
            last = node;
        }
        return last ? {node: last, offset: last.length} : {node: passage, offset: 0};
    }

    function selectUnits(passage, from, to) {
        var a = pointAt(passage, from);
        var b = pointAt(passage, to);
        window.getSelection().setBaseAndExtent(a.node, a.offset, b.node, b.offset);
    }

    /** 'none', 'across' (the selection spans passages) or 'within'. */
    function selectionKind() {
        var current = window.getSelection();
        if (!current || current.rangeCount === 0 || current.isCollapsed) {
            return 'none';
        }
        var range = current.getRangeAt(0);
        var passage = passageOf(range.startContainer);
        var end = passageOf(range.endContainer);
        if (passage !== end && (passage || end)) {
            return 'across';
        }
        return passage ? 'within' : 'none';
    }

    /** The selection as {passage, start, end, text} in document code points, or null. */
    function selection() {
        if (selectionKind() !== 'within') {
            return null;
        }
        var range = window.getSelection().getRangeAt(0);
        var passage = passageOf(range.startContainer);
        if (!codable(passage)) {
            return null;
        }
        var text = passage.textContent;
        var chars = Array.from(text);
        var from = codePoints(text.slice(0, unitsBefore(passage, range.startContainer, range.startOffset)));
        var to = codePoints(text.slice(0, unitsBefore(passage, range.endContainer, range.endOffset)));
        while (from < to && /\s/.test(chars[from])) { from++; }
        while (to > from && /\s/.test(chars[to - 1])) { to--; }
        if (from >= to) {
            return null;
        }
        var base = parseInt(passage.dataset.start, 10);
        return {passage: passage.dataset.passage, element: passage, start: base + from, end: base + to,
            text: chars.slice(from, to).join('')};
    }

    function field(id) {
        return document.getElementById('coding-form:' + id);
    }

    function say(text) {
        var announcer = document.getElementById('announcer');
        if (announcer) {
            announcer.textContent = '';
            window.setTimeout(function () { announcer.textContent = text; }, 50);
        }
    }

    function status(text) {
        var element = document.getElementById('selection-status');
        if (element) {
            element.textContent = text;
        }
    }

    function remember() {
        if (selectionKind() === 'across') {
            status(ACROSS);
            return;
        }
        var s = selection();
        if (!s) {
            return;
        }
        field('passage').value = s.passage;
        field('start').value = s.start;
        field('end').value = s.end;
        status('\u201c' + (s.text.length > 80 ? s.text.slice(0, 80) + '\u2026' : s.text)
            + '\u201d ' + tr('pressHotkey'));
    }

    function apply(claimTypeId) {
        if (selectionKind() === 'across') {
            say(ACROSS);
            status(ACROSS);
            return;
        }
        var s = selection();
        if (!s && !field('start').value) {
            say(tr('selectFirst'));
            return;
        }
        remember();
        if (s) {
            var range = window.getSelection().getRangeAt(0);
            returnTo = {id: s.element.id, units: unitsBefore(s.element, range.endContainer, range.endOffset)};
        }
        field('claim-type').value = claimTypeId;
        window.getSelection().removeAllRanges();
        applyClaimType();
    }

    /** Back to the text, the caret where the last coding ended (or at the start of the first passage). */
    function backToText() {
        var passage = returnTo && document.getElementById(returnTo.id) || passages()[0];
        if (!passage) {
            return;
        }
        passage.focus();
        var at = returnTo && passage.id === returnTo.id ? returnTo.units : 0;
        selectUnits(passage, at, at);
        markCurrent(passage);
    }

    function markCurrent(passage) {
        document.querySelectorAll('.coding-passage.current').forEach(function (p) { p.classList.remove('current'); });
        var row = passage.closest('.coding-passage');
        if (row) {
            row.classList.add('current');
        }
    }

    function currentPassage() {
        var focused = passageOf(window.getSelection().focusNode) || passageOf(document.activeElement);
        if (focused) {
            return focused;
        }
        var row = document.querySelector('.coding-passage.current .passage-text');
        return row || null;
    }

    function remaining() {
        var marker = document.querySelector('#passages-end .remaining');
        return marker ? parseInt(marker.dataset.remaining, 10) || 0 : 0;
    }

    var loading = false;
    var afterArrival = null;

    /** Asks for the next passages, once at a time; {@code then} runs when they are on the page. */
    function loadMore(then) {
        if (remaining() <= 0) {
            return false;
        }
        if (then) {
            afterArrival = then;
        }
        if (!loading && typeof window.showMorePassages === 'function') {
            loading = true;
            window.showMorePassages();
        }
        return true;
    }

    function movePassage(step) {
        var all = passages();
        var index = all.indexOf(currentPassage());
        if (step > 0 && index >= all.length - 1 && loadMore(function () { movePassage(step); })) {
            status(tr('loading'));
            return;
        }
        var next = all[Math.max(0, Math.min(all.length - 1, index < 0 ? 0 : index + step))];
        if (next) {
            next.focus();
            selectUnits(next, 0, 0);
            markCurrent(next);
            next.scrollIntoView({block: 'nearest'});
        }
    }

    /** Selects the sentence around the caret, as the browser's sentence segmentation for the text's language finds it. */
    function selectSentence() {
        var current = window.getSelection();
        var passage = passageOf(current.focusNode);
        if (!passage || typeof Intl.Segmenter !== 'function') {
            return;
        }
        var text = passage.textContent;
        var caret = unitsBefore(passage, current.focusNode, current.focusOffset);
        var language = passage.closest('[lang]') ? passage.closest('[lang]').getAttribute('lang') : undefined;
        var segments = new Intl.Segmenter(language, {granularity: 'sentence'}).segment(text);
        var sentence = segments.containing(Math.min(caret, Math.max(0, text.length - 1)));
        if (!sentence) {
            return;
        }
        var from = sentence.index;
        var to = sentence.index + sentence.segment.length;
        while (to > from && /\s/.test(text.charAt(to - 1))) { to--; }
        selectUnits(passage, from, to);
        remember();
        say(tr('sentence', text.slice(from, to)));
    }

    /** Selects the next (step 1) or previous (-1) coding in reading order, after the one selected now. */
    function moveCoding(step) {
        var ids = [];
        document.querySelectorAll('.seg[data-codings]').forEach(function (segment) {
            segment.dataset.codings.split(' ').filter(Boolean).forEach(function (id) {
                if (ids.indexOf(id) < 0) { ids.push(id); }
            });
        });
        if (ids.length === 0) {
            say(tr('noCodings'));
            return;
        }
        var current = document.getElementById('coding-form:selected-id');
        var index = current ? ids.indexOf(current.value) : -1;
        var next = ids[(index + step + ids.length) % ids.length];
        var segment = document.querySelector('.seg[data-codings~="' + next + '"]');
        if (segment) {
            segment.scrollIntoView({block: 'center'});
        }
        selectCoding([{name: 'coding', value: next}]);
    }

    function messagesText() {
        var messages = field('messages');
        return messages ? messages.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    function showShortcuts() {
        var dialog = document.getElementById('shortcuts');
        if (dialog && !dialog.open) {
            dialog.showModal();
        }
    }

    window.ConcordiaCoding = {
        /** The next passages have been rendered below the text: move them into it, in order. */
        arrived: function () {
            var more = document.getElementById('passages-more');
            var text = document.getElementById('passages');
            while (more && text && more.firstElementChild) {
                text.appendChild(more.firstElementChild);
            }
            loading = false;
            ConcordiaCoding.markSelected();
            // The line under the text was replaced with the new passages: watch the new one.
            watchTheEnd();
            var then = afterArrival;
            afterArrival = null;
            if (then) {
                then();
            }
        },
        /** Swaps in the new markup of the one passage a coding changed (sent escaped by the server). */
        redraw: function (args) {
            var text = args && args.passage ? document.getElementById('passage-text-' + args.passage) : null;
            if (text) {
                text.innerHTML = args.markup;
            }
            var stripes = args && args.passage ? document.getElementById('stripes-' + args.passage) : null;
            if (stripes && typeof args.stripes === 'string') {
                stripes.innerHTML = args.stripes;
            }
            ConcordiaCoding.markSelected();
        },
        /** Marks the selected coding's highlights and stripe, so that one can see which one the panel shows. */
        markSelected: function () {
            var current = document.getElementById('coding-form:selected-id');
            var id = current ? current.value : '';
            document.querySelectorAll('.seg.is-selected').forEach(function (s) { s.classList.remove('is-selected'); });
            document.querySelectorAll('.stripe[aria-pressed="true"]').forEach(function (s) {
                s.setAttribute('aria-pressed', 'false');
            });
            if (!id) {
                return;
            }
            document.querySelectorAll('.seg[data-codings~="' + CSS.escape(id) + '"]').forEach(function (s) {
                s.classList.add('is-selected');
            });
            document.querySelectorAll('.stripe[data-coding="' + CSS.escape(id) + '"]').forEach(function (s) {
                s.setAttribute('aria-pressed', 'true');
            });
        },
        /** After a claim type was applied: the highlight, the announcement, the focus on the first attribute. */
        applied: function (args) {
            ConcordiaCoding.redraw(args);
            var type = document.getElementById('coding-form:selected-type');
            var first = document.querySelector('[id="coding-form:selected"] .attribute-value')
                || field('memo');
            say(messagesText() || (type ? tr('codedAs', type.textContent) : ''));
            if (first) {
                first.focus();
            }
        },
        /** After the attributes were saved: back to the text, or to the first field if the save was refused. */
        saved: function () {
            say(messagesText());
            var refused = document.querySelector('[id="coding-form:messages"] .ui-messages-error, '
                + '[id="coding-form:messages"] .ui-messages-warn');
            var first = document.querySelector('[id="coding-form:selected"] .attribute-value');
            if (refused && first) {
                first.focus();
            } else {
                backToText();
            }
        },
        announce: function () {
            say(messagesText());
        }
    };

    /** When the end of the passages shown comes within a screen or two, the next ones are asked for. */
    var observer = null;
    function watchTheEnd() {
        var end = document.getElementById('passages-end');
        if (!end || typeof IntersectionObserver !== 'function') {
            return;
        }
        if (!observer) {
            observer = new IntersectionObserver(function (entries) {
                if (entries.some(function (e) { return e.isIntersecting; })) {
                    loadMore(null);
                }
            }, {rootMargin: '0px 0px 1500px 0px'});
        }
        // Observed again after each arrival: the end moved down, and an end still in view must ask again.
        observer.disconnect();
        observer.observe(end);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watchTheEnd);
    } else {
        watchTheEnd();
    }

    // The text boxes are read-only: no typing, pasting, dropping, cutting or formatting.
    ['beforeinput', 'paste', 'drop', 'cut'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            if (event.target.closest && event.target.closest('.passage-text')) {
                event.preventDefault();
            }
        });
    });

    document.addEventListener('selectionchange', remember);
    document.addEventListener('focusin', function (event) {
        var passage = event.target.closest && event.target.closest('.passage-text[contenteditable="true"]');
        if (passage) {
            markCurrent(passage);
        }
    });

    document.addEventListener('click', function (event) {
        if (event.target.closest('#show-shortcuts')) {
            showShortcuts();
            return;
        }
        var stripe = event.target.closest('.stripe[data-coding]');
        if (stripe) {
            selectCoding([{name: 'coding', value: stripe.dataset.coding}]);
            return;
        }
        var button = event.target.closest('.palette [data-claim-type]');
        if (button) {
            event.preventDefault();
            apply(button.dataset.claimType);
            return;
        }
        var segment = event.target.closest('.seg[data-codings]');
        if (segment && window.getSelection().isCollapsed) {
            var ids = segment.dataset.codings.split(' ');
            cycle = ids.join() === lastClickedIds ? (cycle + 1) % ids.length : 0;
            lastClickedIds = ids.join();
            selectCoding([{name: 'coding', value: ids[cycle]}]);
        }
    });

    document.addEventListener('keydown', function (event) {
        var target = event.target.closest ? event.target : document.body;
        if (target.closest('[id="coding-form:selected"]')) {
            if (event.key === 'Escape' && target.getAttribute('aria-expanded') === 'true') {
                return; // an open list of names closes first, as in any combo box
            }
            if (event.key === 'Escape') {
                event.preventDefault();
                backToText();
            } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                var save = field('save-coding');
                if (save) {
                    event.preventDefault();
                    save.click();
                }
            }
            return;
        }
        var inPassage = target.closest('.passage-text[contenteditable="true"]');
        if (event.ctrlKey || event.metaKey || event.altKey || target.closest('dialog')
                || !inPassage && target.closest('input, textarea, select')) {
            return;
        }
        var key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
        if (key === 'Escape') {
            var current = window.getSelection();
            if (current.rangeCount > 0 && !current.isCollapsed) {
                current.collapseToEnd();
            }
            ['passage', 'start', 'end'].forEach(function (id) { field(id).value = ''; });
            status(tr('cleared'));
            return;
        }
        if (key === 'Enter' && inPassage) {
            event.preventDefault();
            return;
        }
        if (key.length !== 1) {
            return;
        }
        var hotkey = document.querySelector('.palette [data-hotkey="' + CSS.escape(key) + '"]');
        if (key === '?') {
            event.preventDefault();
            showShortcuts();
        } else if (hotkey) {
            event.preventDefault();
            apply(hotkey.dataset.claimType);
        } else if (key === 'j' || key === 'k') {
            event.preventDefault();
            movePassage(key === 'j' ? 1 : -1);
        } else if (key === '.' && inPassage) {
            event.preventDefault();
            selectSentence();
        } else if (key === ']' || key === '[') {
            event.preventDefault();
            moveCoding(key === ']' ? 1 : -1);
        } else if (key === 'u') {
            event.preventDefault();
            undoLast();
        } else if (inPassage) {
            event.preventDefault();
        }
    });
}());
