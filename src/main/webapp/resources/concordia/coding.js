/*
 * The coding screen's keyboard and selection handling. External (no inline handlers) so that the
 * Content-Security-Policy holds. Offsets are counted in Unicode code points, as the server counts them.
 *
 *  - select text inside one passage, then press a claim type's hotkey or click it in the palette;
 *  - click highlighted text to select its coding (again to cycle through overlapping codings);
 *  - j / k move to the next / previous passage; ] / [ select the next / previous coding;
 *  - u undoes the last coding made or deleted; Esc clears.
 */
(function () {
    'use strict';

    var lastClickedIds = null;
    var cycle = 0;

    function codePoints(text) {
        return Array.from(text).length;
    }

    function passageOf(node) {
        var element = node && (node.nodeType === 1 ? node : node.parentElement);
        return element ? element.closest('.passage-text[data-passage]') : null;
    }

    function offsetIn(container, node, offset) {
        var range = document.createRange();
        range.selectNodeContents(container);
        range.setEnd(node, offset);
        return codePoints(range.toString());
    }

    /** The selection as {passage, start, end, text} in document code points, or null. */
    function selection() {
        var current = window.getSelection();
        if (!current || current.rangeCount === 0 || current.isCollapsed) {
            return null;
        }
        var range = current.getRangeAt(0);
        var passage = passageOf(range.startContainer);
        if (!passage || passage !== passageOf(range.endContainer)) {
            return null;
        }
        var chars = Array.from(passage.textContent);
        var from = offsetIn(passage, range.startContainer, range.startOffset);
        var to = offsetIn(passage, range.endContainer, range.endOffset);
        while (from < to && /\s/.test(chars[from])) { from++; }
        while (to > from && /\s/.test(chars[to - 1])) { to--; }
        if (from >= to) {
            return null;
        }
        var base = parseInt(passage.dataset.start, 10);
        return {passage: passage.dataset.passage, start: base + from, end: base + to,
            text: chars.slice(from, to).join('')};
    }

    function field(id) {
        return document.getElementById('coding-form:' + id);
    }

    function remember() {
        var s = selection();
        var status = document.getElementById('selection-status');
        if (!s) {
            return;
        }
        field('passage').value = s.passage;
        field('start').value = s.start;
        field('end').value = s.end;
        if (status) {
            status.textContent = '\u201c' + (s.text.length > 80 ? s.text.slice(0, 80) + '\u2026' : s.text)
                + '\u201d \u2013 press a hotkey or pick a claim type';
        }
    }

    function apply(claimTypeId) {
        if (!selection() && !field('start').value) {
            return;
        }
        remember();
        field('claim-type').value = claimTypeId;
        window.getSelection().removeAllRanges();
        applyClaimType();
    }

    function movePassage(step) {
        var all = Array.prototype.slice.call(document.querySelectorAll('.coding-passage'));
        var index = all.findIndex(function (p) { return p.classList.contains('current'); });
        var next = all[Math.max(0, Math.min(all.length - 1, index + step))];
        all.forEach(function (p) { p.classList.remove('current'); });
        if (next) {
            next.classList.add('current');
            next.scrollIntoView({block: 'center'});
        }
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

    /** Swaps in the new markup of the one passage a coding changed (sent escaped by the server). */
    window.ConcordiaCoding = {
        redraw: function (args) {
            var text = args && args.passage ? document.getElementById('passage-text-' + args.passage) : null;
            if (text) {
                text.innerHTML = args.markup;
            }
        }
    };

    document.addEventListener('mouseup', remember);
    document.addEventListener('keyup', function (event) {
        if (event.shiftKey) { remember(); }
    });

    document.addEventListener('click', function (event) {
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
        if (event.ctrlKey || event.metaKey || event.altKey
                || event.target.closest('input, textarea, select, [contenteditable]')) {
            return;
        }
        var key = event.key.toLowerCase();
        if (key === 'escape') {
            window.getSelection().removeAllRanges();
            ['passage', 'start', 'end'].forEach(function (id) { field(id).value = ''; });
            return;
        }
        var hotkey = document.querySelector('.palette [data-hotkey="' + key + '"]');
        if (hotkey && selection()) {
            event.preventDefault();
            apply(hotkey.dataset.claimType);
        } else if (key === 'j' || key === 'k') {
            event.preventDefault();
            movePassage(key === 'j' ? 1 : -1);
        } else if (key === ']' || key === '[') {
            event.preventDefault();
            moveCoding(key === ']' ? 1 : -1);
        } else if (key === 'u' && document.getElementById('coding-form:undo')) {
            event.preventDefault();
            undoLast();
        }
    });
}());
