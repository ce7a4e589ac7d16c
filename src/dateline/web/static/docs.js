// Starts Swagger UI on the API's own OpenAPI document (a file, so no inline script is needed).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
