package com.leeway.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The saved filters, for {@link SavedFilters} only. */
interface SavedFilterStore extends JpaRepository<SavedFilter, Long> {

	List<SavedFilter> findByOwnerAndListNameOrderByNameAsc(String owner, String listName);

	Optional<SavedFilter> findByOwnerAndListNameAndName(String owner, String listName, String name);

	long countByOwnerAndListName(String owner, String listName);

}
