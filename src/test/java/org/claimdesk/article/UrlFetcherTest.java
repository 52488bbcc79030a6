package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlFetcherTest {

    final UrlFetcher fetcher = new UrlFetcher(new ImportLimits(1024, 5 * 1024, 2000, 2000, List.of()));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "::1", "fc00::1", "fe80::1", "224.0.0.1"})
    void loopback_private_link_local_and_multicast_addresses_are_internal(String address) throws Exception {
        assertThat(UrlFetcher.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "151.101.1.69", "2001:4860:4860::8888"})
    void public_addresses_are_not_internal(String address) throws Exception {
        assertThat(UrlFetcher.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/admin", "http://localhost/", "http://169.254.169.254/latest/meta-data"})
    void a_local_address_is_refused_unless_allow_listed(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("private or local network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/x", "data:text/html,hi",
            "not a url", ""})
    void only_http_and_https_addresses_are_accepted(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(InvalidInputException.class)
                .hasMessageMatching(".*(http:// or https://|not a valid web address).*");
    }
}
