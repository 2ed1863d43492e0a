package org.concordia.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before anything else uses it.
 *
 * <p>Each feature keeps its migrations in its own folder under {@code db/migration/<feature>/}; versions are dates
 * ({@code V2026_11_21_1__...}), each feature numbering in its own block (tenancy 1-9, documents 10-19, codebook
 * 20-29, coding 30-39, consensus 40-49, claims 50-59, export 60-69). A feature that adds a migration later (an
 * index for consensus, 42) must still reach databases that already have later features' migrations (60), so
 * migrations apply out of order: each depends only on its own feature's earlier ones and on the features below it.
 * Hibernate never generates the schema.
 *
 * <p>In a cluster the shared database also holds the servers' own tables (JGroups' member list, Jakarta Batch's job
 * repository), which the servers create before the application starts: a schema that holds tables but no history
 * yet is taken as empty (baseline 0), and every migration is applied to it.
 *
 * <p>What only one database can do (PostgreSQL's GIN index over the search terms) lives under
 * {@code db/postgresql/<feature>/}, applied on PostgreSQL only, numbered in the feature's block like the rest; the
 * code that uses it falls back to what every database can do elsewhere.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .failOnMissingLocations(true)
                .outOfOrder(true)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Database " + result.database + " at schema version "
                + (current == null ? "none" : current.getVersion()) + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    private static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgresql");
            return postgresql ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate it", e);
        }
    }
}
