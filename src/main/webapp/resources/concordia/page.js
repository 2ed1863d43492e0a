/*
 * On every page (main and plain templates). PrimeFaces renders each message as <li role="alert"> inside a <ul>,
 * which takes the list item out of its list for assistive technology (axe-core: "list"). The alert role moves to
 * the message group around the list, which is announced the same way, and the list stays a list. Runs at load and
 * again whenever an Ajax update brings new messages.
 */
(function () {
    'use strict';

    function mendMessages(root) {
        if (!root.querySelectorAll) {
            return;
        }
        root.querySelectorAll('.ui-messages li[role="alert"], .ui-message li[role="alert"]').forEach(function (item) {
            var group = item.parentElement && item.parentElement.parentElement;
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
            if (group && !group.hasAttribute('role')) {
                group.setAttribute('role', 'alert');
            }
        });
    }

    mendMessages(document);
    new MutationObserver(function (changes) {
        changes.forEach(function (change) {
            change.addedNodes.forEach(function (node) {
                if (node.nodeType === 1) {
                    mendMessages(node.parentElement || node);
                }
            });
        });
    }).observe(document.documentElement, {childList: true, subtree: true});
}());

/*
 * Unsaved text: a field marked guard-unsaved (pasted text, a rationale, a comment, a memo) that holds typed text
 * not yet sent makes the browser ask before the page is left or reloaded. Text counts as sent once an Ajax request
 * carrying the field goes out (its save, or an import that then opens another page).
 */
(function () {
    'use strict';

    function guarded() {
        return Array.prototype.slice.call(document.querySelectorAll('textarea.guard-unsaved, input.guard-unsaved'));
    }

    window.addEventListener('beforeunload', function (event) {
        var typed = guarded().some(function (field) {
            return field.value.trim() !== '' && field.value !== field.defaultValue;
        });
        if (typed) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', function (event, xhr, settings) {
            var data = settings ? settings.data : null;
            guarded().forEach(function (field) {
                var sent = typeof data === 'string' ? data.indexOf(encodeURIComponent(field.name) + '=') >= 0
                    : data instanceof FormData && data.has(field.name);
                if (field.name && sent) {
                    field.defaultValue = field.value;
                }
            });
        });
    }
}());
