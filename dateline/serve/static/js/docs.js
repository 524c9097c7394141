// The API docs page: Swagger UI, vendored, over this server's /openapi.json (no CDN).
/* global SwaggerUIBundle */
window.ui = SwaggerUIBundle({
  url: new URL("openapi.json", document.baseURI).href,
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
});
