package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.AppliedClaimType;
import org.concordia.coding.model.CoderStatus;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.Adjudication;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.AdjudicationView;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.GoldCoding;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.model.PassageComment;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.model.PassageReview;
import org.concordia.consensus.model.PassageVote;
import org.concordia.consensus.model.ReviewFilter;
import org.concordia.consensus.persistence.ReviewRepository;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.ConflictException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.Explanation;
import org.concordia.platform.text.PlainText;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * The discussion of a passage under review: supervisors' comments and their votes on which coder's version is right.
 */
@ApplicationScoped
@Transactional
public class DiscussionService {

    /** The vote for none of the coders' versions. */
    public static final String NONE_OF_THEM = "none of them";

    @Inject
    ReviewRepository reviews;

    @Inject
    PassageStateService passageStates;

    @Inject
    TenantAccess access;

    @Inject
    org.concordia.tenancy.service.ProjectService projects;

    /** The first {@code limit} comments of the project's discussions with every one of the words (case aside). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "read discussions")
    public List<org.concordia.consensus.model.CommentView> commentsWithWords(long projectId, List<String> words,
            int limit) {
        projects.project(projectId);
        if (words.isEmpty()) {
            return List.of();
        }
        return reviews.commentsWithWords(projectId, words, Math.max(1, Math.min(limit, 1000))).stream()
                .map(PassageComment::view).toList();
    }

    /** Adds to the discussion of a passage. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "discuss passages", writes = true)
    public void comment(long documentId, long passageId, String body) {
        PassageReview review = passageStates.review(documentId, passageId);
        String text = PlainText.text(body == null ? "" : body.strip(), "the comment");
        if (text.isEmpty()) {
            throw new InvalidInputException("error.consensus.writeSomethingBeforePosting");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("error.consensus.aCommentCanHaveAt");
        }
        reviews.addComment(new PassageComment(review.projectId(), passageId, access.currentUser().username(), text));
    }

    /**
     * The acting reviewer's vote: which coder's version of the passage is right, or {@link #NONE_OF_THEM}. Voting
     * again replaces the earlier vote.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "vote on passages", writes = true)
    public void vote(long documentId, long passageId, String choice) {
        PassageReview review = passageStates.review(documentId, passageId);
        if (!review.codingsByCoder().containsKey(choice) && !NONE_OF_THEM.equals(choice)) {
            throw new InvalidInputException("error.consensus.voteForOneOfThe", NONE_OF_THEM);
        }
        String me = access.currentUser().username();
        reviews.votes(passageId).stream().filter(v -> v.getVoter().equals(me)).findFirst()
                .ifPresentOrElse(v -> v.change(choice),
                        () -> reviews.addVote(new PassageVote(review.projectId(), passageId, me, choice)));
    }
}
