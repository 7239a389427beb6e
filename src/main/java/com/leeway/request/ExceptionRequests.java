package com.leeway.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The requests, for this package only: other modules use the services' commands, views and read ports. */
interface ExceptionRequests extends JpaRepository<ExceptionRequest, Long>, JpaSpecificationExecutor<ExceptionRequest> {

	Page<ExceptionRequest> findByRequester(String requester, Pageable pageable);

	List<ExceptionRequest> findByStatusInOrderByWaitingSinceAscIdAsc(Collection<RequestStatus> statuses);

	List<ExceptionRequest> findByStatusOrderByWaitingSinceAscIdAsc(RequestStatus status);

	List<ExceptionRequest> findByStatusOrderByAskedAtAscIdAsc(RequestStatus status);

	List<ExceptionRequest> findByRenewalOfIdOrderBySubmittedAtAsc(Long renewalOfId);

	boolean existsByRenewalOfId(Long renewalOfId);

	@Query("select r from ExceptionRequest r where r.status = :status and r.expiresAt <= :at order by r.expiresAt")
	List<ExceptionRequest> findGrantedExpiringBy(@Param("status") RequestStatus status, @Param("at") Instant at);

	long countByStatusIn(Collection<RequestStatus> statuses);

}
