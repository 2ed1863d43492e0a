package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordia.claims.model.Conflict;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.Proposition;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.VerdictView;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * The reconciliation report as a printable page: every proposition of the ledger (reopened and contested first)
 * with its status, where the sources conflict, each claim with its evidence (source, date, quote, coder or gold),
 * and the verdict history with rationales.
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class ReconciliationHtmlFormat extends HtmlReport {

    @Inject
    ReconciliationService reconciliation;

    @Inject
    DocumentService documents;

    @Override
    public String id() {
        return "reconciliation-html";
    }

    @Override
    public String label() {
        return "Reconciliation report (printable page)";
    }

    @Override
    public String description() {
        return "The conflicting-accounts ledger as a page to read, print or save as PDF: propositions, conflicts,"
                + " the evidence of every claim and the verdicts with their rationales. The whole project: the"
                + " filters below do not apply.";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        List<LedgerEntry> ledger = reconciliation.ledger(source.projectId());
        long contested = ledger.stream().filter(e -> e.proposition().contested()).count();
        long settled = ledger.stream().filter(e -> e.latest() != null && !e.reopened()).count();
        PrintableHtml page = new PrintableHtml(new OutputStreamWriter(out, StandardCharsets.UTF_8))
                .begin("Conflicting accounts", documents.project(source.projectId()).name() + " \u00b7 "
                        + PrintableHtml.count(ledger.size(), "proposition") + ", " + contested + " contested, "
                        + settled + " with a standing verdict");
        if (ledger.isEmpty()) {
            page.raw("<p class=\"muted\">No structured claims yet: code passages with claim types that have"
                    + " subject, relation and object attributes.</p>\n");
        }
        for (LedgerEntry entry : ledger) {
            writeEntry(page, entry);
            progress.rowWritten();
        }
        page.end();
    }

    private static void writeEntry(PrintableHtml page, LedgerEntry entry) throws IOException {
        Proposition proposition = entry.proposition();
        page.raw("<section><h2>" + PrintableHtml.text(proposition.title()) + "</h2>\n<p class=\""
                + (proposition.contested() && entry.latest() == null || entry.reopened() ? "contested" : "muted")
                + "\">" + PrintableHtml.text(entry.status()) + " \u00b7 "
                + PrintableHtml.count(proposition.sources(), "source") + ", "
                + PrintableHtml.count(proposition.claims().size(), "claim") + "</p>\n");
        if (proposition.contested()) {
            page.raw("<ul>");
            for (Conflict conflict : proposition.conflicts()) {
                page.raw("<li>" + PrintableHtml.text(conflict.kind().label()) + ": "
                        + PrintableHtml.text(conflict.description()) + "</li>");
            }
            page.raw("</ul>\n");
        }
        Set<Long> conflicting = proposition.conflicts().stream().flatMap(c -> c.codingIds().stream())
                .collect(Collectors.toSet());
        page.raw("<table><thead><tr><th>source</th><th>claim</th><th>evidence</th><th>by</th></tr></thead>"
                + "<tbody>\n");
        for (StructuredClaim claim : proposition.claims()) {
            page.raw("<tr" + (conflicting.contains(claim.codingId()) ? " class=\"contested\"" : "") + "><td>"
                    + PrintableHtml.text(claim.source()) + "<br><span class=\"muted\">"
                    + PrintableHtml.text(claim.sourceDate()) + "</span></td><td>" + PrintableHtml.text(claim.subject())
                    + " <b>" + PrintableHtml.text(claim.relation()) + "</b> " + PrintableHtml.text(claim.object())
                    + (claim.time() == null ? "" : ", " + PrintableHtml.text(claim.time()))
                    + (claim.figure() == null ? "" : " (" + PrintableHtml.text(claim.figure()) + ")")
                    + (claim.certainty() == null ? "" : "<br><span class=\"muted\">certainty: "
                            + PrintableHtml.text(claim.certainty()) + "</span>")
                    + (claim.attributedTo() == null ? "" : "<br><span class=\"muted\">according to "
                            + PrintableHtml.text(claim.attributedTo()) + interested(proposition, claim) + "</span>")
                    + "</td><td><blockquote>\u201c" + PrintableHtml.text(claim.quote()) + "\u201d</blockquote></td><td>"
                    + (claim.gold() ? "gold standard" : PrintableHtml.text(claim.coder())) + "</td></tr>\n");
        }
        page.raw("</tbody></table>\n");
        if (!proposition.unsettled().isEmpty()) {
            page.raw("<p class=\"muted\">Not settled yet, so not counted: " + proposition.unsettledSources().stream()
                    .map(source -> PrintableHtml.text(source) + " ("
                            + PrintableHtml.text(proposition.unsettledIn(source).get(0).reason().label()) + ")")
                    .collect(Collectors.joining("; ")) + ".</p>\n");
        }
        if (!entry.verdicts().isEmpty()) {
            page.raw("<h3>Verdicts, newest first</h3>\n<table><thead><tr><th>verdict</th><th>rationale</th>"
                    + "<th>confidence</th><th>by</th></tr></thead><tbody>\n");
            for (VerdictView verdict : entry.verdicts()) {
                page.raw("<tr><td>" + PrintableHtml.text(verdict.kind().label()) + favoured(proposition, verdict)
                        + "</td><td>" + PrintableHtml.text(verdict.rationale()) + "</td><td>"
                        + PrintableHtml.text(verdict.confidence()) + "</td><td>"
                        + PrintableHtml.text(verdict.decidedBy()) + "<br><span class=\"muted\">"
                        + PrintableHtml.text(verdict.decidedAt()) + "</span></td></tr>\n");
            }
            page.raw("</tbody></table>\n");
        }
        page.raw("</section>\n");
    }

    /** ", an interested party (Iran)" where the claim is attributed to a party of the proposition. */
    private static String interested(Proposition proposition, StructuredClaim claim) {
        String party = proposition.interestedParties().get(claim.codingId());
        return party == null ? "" : ", an interested party (" + PrintableHtml.text(party) + ")";
    }

    private static String favoured(Proposition proposition, VerdictView verdict) {
        if (verdict.favouredClaim() == null) {
            return "";
        }
        return proposition.claims().stream().filter(c -> c.codingId() == verdict.favouredClaim()).findFirst()
                .map(c -> "<br><span class=\"muted\">in favour of " + PrintableHtml.text(c.source()) + ": "
                        + PrintableHtml.text(c.subject() + " " + c.relation() + " " + c.object()) + "</span>")
                .orElse("");
    }
}
