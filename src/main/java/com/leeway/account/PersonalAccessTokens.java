package com.leeway.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalAccessTokens extends JpaRepository<PersonalAccessToken, Long> {

	Optional<PersonalAccessToken> findByTokenHash(String tokenHash);

	List<PersonalAccessToken> findByEmployeeIdAndRevokedAtIsNullOrderByCreatedAtDesc(Long employeeId);

	Optional<PersonalAccessToken> findByIdAndEmployeeIdAndRevokedAtIsNull(Long id, Long employeeId);

}
