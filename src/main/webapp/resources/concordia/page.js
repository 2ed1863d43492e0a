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
