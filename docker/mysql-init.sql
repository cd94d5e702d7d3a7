-- One database per subgraph: each institution's data stays in its own store.
CREATE DATABASE IF NOT EXISTS guantong_secondary CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS guantong_college CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS guantong_enterprise CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS guantong_audit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'guantong'@'%' IDENTIFIED BY 'guantong';
GRANT ALL PRIVILEGES ON guantong_secondary.* TO 'guantong'@'%';
GRANT ALL PRIVILEGES ON guantong_college.* TO 'guantong'@'%';
GRANT ALL PRIVILEGES ON guantong_enterprise.* TO 'guantong'@'%';
-- The audit store: the hub may append and read, never change or delete (triggers refuse it too).
GRANT SELECT, INSERT, CREATE, ALTER, INDEX, TRIGGER ON guantong_audit.* TO 'guantong'@'%';
