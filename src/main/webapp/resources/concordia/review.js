/*
 * Review page: selecting words in the passage text sets the span of a new gold coding. Offsets are code points of the
 * document's text (the passage's data-start plus the code points before the selection), like everywhere else.
 */
var ConcordiaReview = (function () {
    function codePoints(text) {
        return Array.from(text).length;
    }

    function field(suffix) {
        return document.getElementById('passage-form:' + suffix);
    }

    document.addEventListener('mouseup', function () {
        var text = document.getElementById('review-text');
        var selection = window.getSelection();
        if (!text || !selection.rangeCount || selection.isCollapsed || !field('new-start')) {
            return;
        }
        var range = selection.getRangeAt(0);
        if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
            return;
        }
        var before = document.createRange();
        before.setStart(text, 0);
        before.setEnd(range.startContainer, range.startOffset);
        var start = Number(text.dataset.start) + codePoints(before.toString());
        var end = start + codePoints(range.toString());
        field('new-start').value = start;
        field('new-end').value = end;
        document.getElementById('gold-selection').textContent = 'over \u201c' + range.toString() + '\u201d';
    });

    // Back after opening a passage goes to the passage opened before (or none): the page loads what its address says.
    window.addEventListener('popstate', function () {
        window.location.reload();
    });

    function scrollToPassage() {
        var passage = document.getElementById('passage-form:passage');
        if (passage) {
            passage.scrollIntoView({behavior: 'smooth', block: 'start'});
        }
    }

    return {
        /** A passage was opened: its id goes into the address, so that reload and Back come back to it. */
        opened: function (args) {
            if (args && args.passage) {
                var url = new URL(window.location.href);
                if (url.searchParams.get('passage') !== String(args.passage)) {
                    url.searchParams.set('passage', args.passage);
                    window.history.pushState({passage: args.passage}, '', url);
                }
            }
            scrollToPassage();
        },
        scrollToPassage: function () {
            var passage = document.getElementById('passage-form:passage');
            if (passage) {
                passage.scrollIntoView({behavior: 'smooth', block: 'start'});
            }
        }
    };
})();
