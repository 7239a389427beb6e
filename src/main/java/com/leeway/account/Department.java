package com.leeway.account;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A department: its managers decide its escalations; when none of them can (there is none, or the request is their
 * own), the next level above them does — a person such as the department head.
 */
@Entity
@Table(name = "department")
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false, unique = true)
	private String nameKey;

	@Column(name = "next_level")
	private String nextLevel;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "department_manager", joinColumns = @JoinColumn(name = "department_id"))
	@Column(name = "username", nullable = false)
	private Set<String> managers = new TreeSet<>();

	protected Department() {
	}

	Department(String name) {
		rename(name);
	}

	static String keyOf(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	void rename(String name) {
		this.name = name.strip();
		this.nameKey = keyOf(name);
	}

	void setNextLevel(String nextLevel) {
		this.nextLevel = nextLevel;
	}

	void setManagers(Set<String> managers) {
		this.managers.clear();
		this.managers.addAll(managers);
	}

	boolean addManager(String username) {
		return managers.add(username);
	}

	boolean removeManager(String username) {
		return managers.remove(username);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	/** The person above the managers (a department head, say); null when the company's top level is next. */
	public String getNextLevel() {
		return nextLevel;
	}

	public Set<String> getManagers() {
		return Set.copyOf(new TreeSet<>(managers));
	}

	/** The managers in alphabetical order, for pages. */
	public java.util.List<String> getManagersSorted() {
		return new TreeSet<>(managers).stream().toList();
	}

}
