/*
 * Actor network: a click (or Enter) on an actor asks the server for the actor's claims. The diagram's elements
 * belong to jsPlumb (they are draggable), so the handler listens on the document.
 */
(function () {
    function show(target) {
        var actor = target.closest ? target.closest('.actor-link') : null;
        if (actor && window.showActor) {
            window.showActor([{name: 'entity', value: actor.dataset.entity}]);
        }
    }

    document.addEventListener('click', function (event) {
        show(event.target);
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
            show(event.target);
        }
    });
})();
