package org.claimdesk.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSettingRepository extends JpaRepository<ReviewSetting, Long> {
}
