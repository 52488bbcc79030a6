package org.claimdesk.security;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountHistoryRepository extends JpaRepository<AccountHistoryEntry, Long> {

    List<AccountHistoryEntry> findByAccountIdOrderByIdAsc(Long accountId);
}
