/**
 * Security, error handling, time and web configuration shared by every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package com.leeway.system;
