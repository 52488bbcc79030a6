package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SiteAddressTest {

    @Test
    void a_configured_public_url_wins_over_the_request() {
        assertThat(SiteAddress.choose("https://factcheck.example.org/", "http://10.0.0.5:8080"))
                .isEqualTo("https://factcheck.example.org");
    }

    @Test
    void without_a_configured_url_links_start_where_the_request_came_to() {
        assertThat(SiteAddress.choose(" ", "http://desk.internal:9000/")).isEqualTo("http://desk.internal:9000");
        assertThat(SiteAddress.choose(null, null)).isEqualTo(SiteAddress.FALLBACK);
    }

    @Test
    void the_requests_address_keeps_scheme_host_port_and_context_path_but_not_the_query() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/desk/api/v1/articles/1/export");
        request.setScheme("https");
        request.setServerName("desk.example.org");
        request.setServerPort(8443);
        request.setContextPath("/desk");
        request.setQueryString("format=csv");

        assertThat(SiteAddress.of(request)).isEqualTo("https://desk.example.org:8443/desk");
    }

    @Test
    void forwarded_headers_are_not_trusted_by_themselves() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/articles/1/export");
        request.setServerName("127.0.0.1");
        request.setServerPort(8080);
        request.addHeader("X-Forwarded-Host", "evil.example");
        request.addHeader("Forwarded", "host=evil.example;proto=https");

        assertThat(SiteAddress.of(request)).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void the_properties_fall_back_to_the_local_default_only_when_nothing_else_is_known() {
        ClaimDeskProperties unset = new ClaimDeskProperties("./data", false, "x", null, null, "ClaimDesk", null);
        ClaimDeskProperties set = new ClaimDeskProperties("./data", false, "x", null, null, "ClaimDesk",
                "https://fc.example/");

        assertThat(unset.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(unset.publicUrlFor("http://192.0.2.7:8080")).isEqualTo("http://192.0.2.7:8080");
        assertThat(set.publicUrlFor("http://192.0.2.7:8080")).isEqualTo("https://fc.example");
    }
}
