package org.claimdesk.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountHistoryRepository extends JpaRepository<AccountHistoryEntry, Long> {
}
