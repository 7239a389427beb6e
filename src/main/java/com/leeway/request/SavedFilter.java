package com.leeway.request;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A filter a person saved for one of their request lists: a name and the list's query string. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String owner;

	@Column(name = "list_name", nullable = false, updatable = false)
	private String listName;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String query;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected SavedFilter() {
	}

	SavedFilter(String owner, String listName, String name, String query, Instant createdAt) {
		this.owner = owner;
		this.listName = listName;
		this.name = name;
		this.query = query;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getOwner() {
		return owner;
	}

	public String getListName() {
		return listName;
	}

	public String getName() {
		return name;
	}

	public String getQuery() {
		return query;
	}

	void setQuery(String query) {
		this.query = query;
	}

}
