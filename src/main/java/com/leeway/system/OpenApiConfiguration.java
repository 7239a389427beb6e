package com.leeway.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Describes the JSON API at /v3/api-docs, with HTTP Basic so Swagger UI can sign in and try calls.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI leewayOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Leeway API")
				.version("v1")
				.description("Submit exception requests, read them and their rulings, dry-run the rules, decide "
						+ "escalations, and manage rule sets. Errors are RFC 9457 problem documents."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
