package org.concordia.claims.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.concordia.claims.model.ActorNetwork;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.service.ActorLayout;
import org.concordia.claims.service.ActorNetworks;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.ProjectSummary;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.diagram.Connection;
import org.primefaces.model.diagram.DefaultDiagramModel;
import org.primefaces.model.diagram.Element;
import org.primefaces.model.diagram.connector.StraightConnector;
import org.primefaces.model.diagram.endpoint.DotEndPoint;
import org.primefaces.model.diagram.endpoint.EndPoint;
import org.primefaces.model.diagram.endpoint.EndPointAnchor;
import org.primefaces.model.diagram.overlay.ArrowOverlay;
import org.primefaces.model.diagram.overlay.LabelOverlay;
import org.concordia.platform.text.TimeSpan;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * The actor network and the timeline of a project's claims ({@code accounts.xhtml?project=3},
 * {@code /go/accounts/3}): PrimeFaces' diagram draws who backed or opposed whom, red where sources contest it,
 * green where a verdict settled it; the timeline places every dated claim by proposition. Clicking an actor or a
 * claim shows the evidence.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<ActorNetwork.EdgeStatus, String> COLOURS = Map.of(
            ActorNetwork.EdgeStatus.CONTESTED, "#d32f2f", ActorNetwork.EdgeStatus.SETTLED, "#2e7d32",
            ActorNetwork.EdgeStatus.UNCONTESTED, "#90a4ae");

    @Inject
    ReconciliationService reconciliation;

    @Inject
    DocumentService documents;

    private Long project;
    private ProjectSummary summary;
    private List<StructuredClaim> claims;
    private DefaultDiagramModel network;
    private TimelineModel<StructuredClaim, String> timeline;
    private String focus;
    private List<StructuredClaim> evidence = List.of();

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        summary = documents.project(project);
        List<LedgerEntry> ledger = reconciliation.ledger(project);
        claims = ledger.stream().flatMap(e -> e.proposition().claims().stream()).toList();
        network = diagram(ActorNetworks.of(ledger));
        timeline = timeline(ledger);
    }

    /** Shows the claims in which the actor is subject or object. */
    public void focusOn(long entityId) {
        evidence = claims.stream().filter(c -> Objects.equals(c.subjectId(), entityId)
                || Objects.equals(c.objectId(), entityId)).toList();
        focus = evidence.isEmpty() ? null : evidence.stream()
                .map(c -> Objects.equals(c.subjectId(), entityId) ? c.subject() : c.object()).findFirst().orElse(null);
    }

    /** The actor clicked in the network, named by the request parameter {@code entity}. */
    public void focusFromRequest() {
        String id = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("entity");
        if (id != null && id.matches("\\d{1,18}")) {
            focusOn(Long.parseLong(id));
        }
    }

    public void onSelect(TimelineSelectEvent<StructuredClaim> event) {
        StructuredClaim claim = event.getTimelineEvent().getData();
        evidence = List.of(claim);
        focus = sentence(claim);
    }

    /**
     * Text for the timeline's items and groups. PrimeFaces passes the rendered (escaped) text to vis-timeline, which
     * reads it as HTML after decoding it once, so names such as {@code Iran <img ...>} became markup; escaped once
     * more here, they arrive as the characters they are.
     */
    public String asTimelineText(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }

    public String sentence(StructuredClaim claim) {
        return Objects.requireNonNullElse(claim.subject(), "?") + " " + claim.relation() + " " + claim.object();
    }

    private static DefaultDiagramModel diagram(ActorNetwork graph) {
        DefaultDiagramModel model = new DefaultDiagramModel();
        model.setMaxConnections(-1);
        model.setConnectionsDetachable(false);
        Map<Long, Element> elements = new HashMap<>();
        Map<Long, ActorLayout.Position> layout = ActorLayout.of(graph);
        double height = networkHeight(graph.nodes().size());
        for (ActorNetwork.Node node : graph.nodes()) {
            // Across the width as a share of it (a name needs room on its right), down the height in em.
            ActorLayout.Position at = layout.get(node.id());
            Element element = new Element(node, String.format(Locale.ROOT, "%.1f%%", 2 + 76 * at.x()),
                    String.format(Locale.ROOT, "%.1fem", 1 + (height - 4) * at.y()));
            element.setId("entity-" + node.id());
            element.setDraggable(true);
            element.setStyleClass("actor");
            elements.put(node.id(), element);
            model.addElement(element);
        }
        for (ActorNetwork.Edge edge : graph.edges()) {
            EndPoint from = endPoint();
            EndPoint to = endPoint();
            elements.get(edge.from()).addEndPoint(from);
            elements.get(edge.to()).addEndPoint(to);
            StraightConnector connector = new StraightConnector();
            String colour = COLOURS.get(edge.status());
            connector.setPaintStyle("{stroke:'" + colour + "', strokeWidth:" + (1 + Math.min(4, edge.claims().size()))
                    + "}");
            Connection connection = new Connection(from, to, connector);
            connection.getOverlays().add(new ArrowOverlay(12, 12, 1, 1));
            // jsPlumb puts a label in as HTML: relation names are what coders typed, so they go in escaped.
            connection.getOverlays().add(new LabelOverlay(StringEscapeUtils.escapeHtml4(edge.relations()
                    + (edge.claims().size() > 1 ? " \u00d7" + edge.claims().size() : "")
                    + (edge.status() == ActorNetwork.EdgeStatus.CONTESTED ? " (contested)"
                            : edge.status() == ActorNetwork.EdgeStatus.SETTLED ? " (settled)" : "")),
                    "edge-label edge-" + edge.status(), 0.5));
            connection.setDetachable(false);
            model.connect(connection);
        }
        return model;
    }

    /** The network's height in em: room for its actors, 32 em for a few, growing with their square root. */
    static double networkHeight(int actors) {
        return Math.max(32, Math.min(96, 8 + 7 * Math.sqrt(actors)));
    }

    public double getNetworkHeight() {
        return network == null ? 32 : networkHeight(network.getElements().size());
    }

    private static EndPoint endPoint() {
        DotEndPoint point = new DotEndPoint(EndPointAnchor.CONTINUOUS);
        point.setRadius(2);
        return point;
    }

    private static TimelineModel<StructuredClaim, String> timeline(List<LedgerEntry> ledger) {
        TimelineModel<StructuredClaim, String> model = new TimelineModel<>();
        // vis-timeline reads ids, titles and content as HTML: groups get ids of our own (their names are shown
        // through the page's escaped group facet), tooltips are escaped, content comes from the escaped facet.
        Map<String, String> groups = new java.util.LinkedHashMap<>();
        int n = 0;
        for (LedgerEntry entry : ledger) {
            Set<Long> contested = entry.proposition().conflicts().stream().flatMap(c -> c.codingIds().stream())
                    .collect(Collectors.toSet());
            for (StructuredClaim claim : entry.proposition().claims()) {
                String time = claim.time() != null && !claim.time().isBlank() ? claim.time() : claim.sourceDate();
                java.util.Optional<TimeSpan> span = TimeSpan.parse(time);
                if (span.isEmpty()) {
                    continue;
                }
                String group = groups.computeIfAbsent(entry.proposition().title(), t -> "group-" + groups.size());
                // A range ("2020-04/2020-05") is drawn as a bar over its days; a year, month or day as a point.
                var event = TimelineEvent.<StructuredClaim>builder().id("claim-" + n++).data(claim)
                        .startDate(span.get().first());
                if (time.contains("/")) {
                    event.endDate(span.get().last().plusDays(1));
                }
                model.add(event.group(group).title(StringEscapeUtils.escapeHtml4(claim.source()))
                        .styleClass(contested.contains(claim.codingId()) ? "claim-contested" : "claim-uncontested")
                        .editable(false).build());
            }
        }
        List<TimelineGroup<String>> timelineGroups = new ArrayList<>();
        groups.forEach((title, id) -> timelineGroups.add(new TimelineGroup<>(id, title)));
        model.addAllGroups(timelineGroups);
        return model;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public DefaultDiagramModel getNetwork() {
        return network;
    }

    public TimelineModel<StructuredClaim, String> getTimeline() {
        return timeline;
    }

    public String getFocus() {
        return focus;
    }

    public List<StructuredClaim> getEvidence() {
        return evidence;
    }
}
