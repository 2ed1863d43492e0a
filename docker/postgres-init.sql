-- Keycloak's own database beside Concordia's, on the same PostgreSQL server (compose.yaml).
CREATE DATABASE concordia_keycloak OWNER concordia;
