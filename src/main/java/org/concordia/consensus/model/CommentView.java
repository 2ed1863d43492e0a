package org.concordia.consensus.model;

import java.io.Serializable;
import java.time.Instant;

public record CommentView(long id, long passageId, String author, String body, Instant createdAt)
        implements Serializable {
}
