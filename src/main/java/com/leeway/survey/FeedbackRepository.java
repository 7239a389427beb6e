package com.leeway.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

	List<Feedback> findTop500ByOrderByIdDesc();

}
