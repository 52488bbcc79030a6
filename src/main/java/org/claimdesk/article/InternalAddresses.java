package org.claimdesk.article;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Which addresses a URL import never fetches from: loopback, private, link-local, shared (CGNAT), reserved,
 * benchmarking, multicast, "this network", and the same inside IPv6 (IPv4-compatible, IPv4-mapped, NAT64,
 * 6to4); and host names that are IPv4 in an unusual form (one number, octal, hex, shortened), which
 * resolvers read in different ways.
 */
final class InternalAddresses {

    /** A last label that is a number: IPv4 written as one number, in octal or hex, or shortened. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?i)([0-9]+|0x[0-9a-f]*)");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
            + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    private InternalAddresses() {
    }

    /** A host that looks numeric (its last label is a number; no top-level domain is) but is not a.b.c.d. */
    static boolean unusualIpv4(String host) {
        String[] labels = host.split("\\.");
        return NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches() && !DOTTED_QUAD.matcher(host).matches();
    }

    /** Loopback, private, link-local, shared, reserved, multicast, "this network"; IPv4 embedded in IPv6 too. */
    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            Inet4Address embedded = embeddedIpv4(b);
            if (embedded != null) {
                return isInternal(embedded);
            }
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            return uniqueLocal || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                    || a.isAnyLocalAddress() || a.isMulticastAddress();
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        boolean thisNetwork = first == 0;
        boolean shared = first == 100 && (second & 0xc0) == 64;
        boolean ietf = first == 192 && second == 0 && (b[2] & 0xff) == 0;
        boolean benchmarking = first == 198 && (second & 0xfe) == 18;
        boolean reserved = first >= 240;
        return thisNetwork || shared || ietf || benchmarking || reserved || a.isLoopbackAddress()
                || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress();
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static Inet4Address embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        try {
            if ((zeroPrefix && !Arrays.equals(Arrays.copyOfRange(b, 12, 16), new byte[] {0, 0, 0, 1})) || nat64) {
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
        return null;
    }
}
