#!/bin/bash
# First start of the database container: one database per institution, one
# user per database with rights on its own database only, and the audit store
# with two users: its owner (migrations, run once per release) and the writer
# the subgraphs use, which may only INSERT and SELECT. Passwords come from the
# container's environment (see docker-compose.yml and the README).
set -euo pipefail
mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS guantong_secondary CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS guantong_college CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS guantong_enterprise CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS guantong_audit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'secondary'@'%' IDENTIFIED BY '${SECONDARY_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'college'@'%' IDENTIFIED BY '${COLLEGE_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'enterprise'@'%' IDENTIFIED BY '${ENTERPRISE_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'audit_owner'@'%' IDENTIFIED BY '${AUDIT_OWNER_PASSWORD}';
CREATE USER IF NOT EXISTS 'audit_writer'@'%' IDENTIFIED BY '${AUDIT_WRITER_PASSWORD}';
GRANT ALL PRIVILEGES ON guantong_secondary.* TO 'secondary'@'%';
GRANT ALL PRIVILEGES ON guantong_college.* TO 'college'@'%';
GRANT ALL PRIVILEGES ON guantong_enterprise.* TO 'enterprise'@'%';
GRANT SELECT, INSERT, UPDATE, CREATE, ALTER, INDEX, TRIGGER, REFERENCES ON guantong_audit.* TO 'audit_owner'@'%';
GRANT INSERT, SELECT ON guantong_audit.* TO 'audit_writer'@'%';
SQL
