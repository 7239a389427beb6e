/**
 * Surveys: how a requester rated the handling of a closed request, and feedback anyone gives about Leeway.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package com.leeway.survey;
