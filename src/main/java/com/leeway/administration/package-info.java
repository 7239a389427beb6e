/**
 * Administration: the pages under {@code /admin} and the API under {@code /api/v1/admin} where administrators
 * manage people, departments (managers and the next level above them), deputies and the company's top level, and
 * read every change that was made; and the page and API where a manager chooses their own deputies. What is
 * changed, and how it is checked and recorded, belongs to the {@code account} module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration")
package com.leeway.administration;
