package com.leeway.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface SatisfactionRepository extends JpaRepository<Satisfaction, Long> {
}
