package org.claimdesk.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
    Optional<ApiToken> findByHashWithAccount(String hash);

    List<ApiToken> findByAccountUsernameOrderByIdDesc(String username);
}
