package com.leeway.conversation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByRequestIdOrderByIdAsc(Long requestId);

}
