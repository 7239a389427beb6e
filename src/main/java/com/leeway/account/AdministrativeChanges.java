package com.leeway.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdministrativeChanges extends JpaRepository<AdministrativeChange, Long> {

	Page<AdministrativeChange> findAllByOrderByIdDesc(Pageable page);

	/** Changes made by the person, about them, or naming them (as a manager, deputy or next level). */
	@Query("""
			select c from AdministrativeChange c
			where c.changedBy = ?1 or c.subject = ?1 or c.before like ?2 or c.after like ?2
			order by c.id desc""")
	Page<AdministrativeChange> concerning(String username, String quoted, Pageable page);

}
