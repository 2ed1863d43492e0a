package org.concordia.claims.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.claims.model.ActorNetwork;
import org.concordia.claims.model.ActorNetwork.EdgeStatus;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.StructuredClaim;

/**
 * Draws the {@link ActorNetwork} of a ledger. A pure function. An edge is contested when one of its claims is in a
 * conflict without a standing verdict, settled when its conflicts have one, uncontested otherwise.
 */
public final class ActorNetworks {

    private ActorNetworks() {
    }

    public static ActorNetwork of(List<LedgerEntry> ledger) {
        Map<Long, String> nodes = new LinkedHashMap<>();
        Map<String, List<StructuredClaim>> edges = new LinkedHashMap<>();
        Map<String, EdgeStatus> status = new LinkedHashMap<>();
        Map<String, String> families = new LinkedHashMap<>();
        for (LedgerEntry entry : ledger) {
            java.util.Set<Long> inConflict = entry.proposition().conflicts().stream()
                    .flatMap(c -> c.codingIds().stream()).collect(Collectors.toSet());
            EdgeStatus conflictStatus = entry.latest() != null && !entry.reopened() ? EdgeStatus.SETTLED
                    : EdgeStatus.CONTESTED;
            for (StructuredClaim claim : entry.proposition().claims()) {
                EdgeStatus entryStatus = inConflict.contains(claim.codingId()) ? conflictStatus
                        : EdgeStatus.UNCONTESTED;
                if (claim.subjectId() == null || claim.objectId() == null) {
                    continue;
                }
                nodes.putIfAbsent(claim.subjectId(), claim.subject());
                nodes.putIfAbsent(claim.objectId(), claim.object());
                String key = claim.subjectId() + ">" + claim.objectId() + ">" + entry.proposition().family();
                edges.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
                families.put(key, entry.proposition().family());
                status.merge(key, entryStatus, ActorNetworks::worse);
            }
        }
        List<ActorNetwork.Edge> drawn = new ArrayList<>();
        edges.forEach((key, claims) -> drawn.add(new ActorNetwork.Edge(claims.get(0).subjectId(),
                claims.get(0).objectId(), families.get(key), claims.stream().map(StructuredClaim::relation).distinct()
                .collect(Collectors.joining(" / ")), status.get(key),
                claims.stream().map(StructuredClaim::codingId).toList())));
        return new ActorNetwork(nodes.entrySet().stream().map(e -> new ActorNetwork.Node(e.getKey(), e.getValue()))
                .toList(), drawn);
    }

    private static EdgeStatus worse(EdgeStatus a, EdgeStatus b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
