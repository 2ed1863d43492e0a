package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.concordia.platform.errors.DatabaseUnavailable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is told apart from our own errors, however deep the cause lies. */
class DatabaseUnavailableTest {

    @Test
    @DisplayName("Connection failures, by type, SQL state or the pool's message, are the database being away")
    void connectionFailuresAreRecognised() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("commit failed",
                new SQLTransientConnectionException("pool exhausted")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("Connection refused",
                "08001")))).as("SQL state class 08: connection exception").isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException(
                "IJ031084: Unable to create connection", null, new RuntimeException(
                        "IJ000453: Unable to get managed connection for java:jboss/datasources/ConcordiaDS")))))
                .isTrue();
    }

    @Test
    @DisplayName("A commit that failed for a broken connection: the failure is among the suppressed exceptions")
    void brokenConnectionAtCommitIsRecognised() {
        Exception commit = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception resource = new Exception("SQLException", new java.sql.SQLNonTransientConnectionException(
                "Connection is broken: \"session closed\"", "90067"));
        commit.addSuppressed(resource);
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(commit))).isTrue();

        Exception unrelated = new Exception("ARJUNA016053: Could not commit transaction.");
        unrelated.addSuppressed(new IllegalArgumentException("a constraint of ours"));
        assertThat(DatabaseUnavailable.causes(unrelated)).as("a failed commit for another reason").isFalse();
    }

    @Test
    @DisplayName("A batch that failed for a broken connection: the failure is the batch's next exception")
    void brokenConnectionInABatchIsRecognised() {
        // as H2 and PostgreSQL report a batch of inserts cut off by the database going away
        java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException(
                "Connection is broken: \"session closed\"", "90067", 90067, new int[0]);
        batch.setNextException(new java.sql.SQLNonTransientConnectionException(
                "Connection is broken: \"session closed\"", "90067"));
        assertThat(DatabaseUnavailable.causes(new RuntimeException("could not execute batch", batch))).isTrue();

        java.sql.BatchUpdateException constraint = new java.sql.BatchUpdateException("duplicate key", "23505", 0,
                new int[0]);
        constraint.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(DatabaseUnavailable.causes(constraint)).as("a batch refused for a constraint").isFalse();
    }

    @Test
    @DisplayName("Other failures, SQL ones included, stay errors of ours")
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("unique violation",
                "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(null)).isFalse();
    }
}
