//! Which client a request comes from, as the throttles count it. Behind a reverse proxy every
//! request's peer is the proxy, so the proxy's `X-Forwarded-For` is read — but only from
//! proxies the operator names (`LOGBOOK_TRUSTED_PROXIES`), since anyone can send the header.

use std::net::{IpAddr, Ipv6Addr};

use actix_web::HttpRequest;
use ipnet::IpNet;

#[derive(Debug, Clone, Default)]
pub struct ClientAddresses {
    trusted: Vec<IpNet>,
}

impl ClientAddresses {
    pub fn new(trusted: Vec<IpNet>) -> ClientAddresses {
        ClientAddresses { trusted }
    }

    /// The peer's address; behind a trusted proxy, the nearest address in `X-Forwarded-For`
    /// that is not a trusted proxy itself (each proxy appends the address it saw).
    pub fn of(&self, request: &HttpRequest) -> Option<IpAddr> {
        let peer = request.peer_addr()?.ip();
        let forwarded: Vec<&str> = request
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .collect();
        Some(self.client(peer, &forwarded))
    }

    fn client(&self, peer: IpAddr, forwarded: &[&str]) -> IpAddr {
        let mut client = peer;
        for hop in forwarded.iter().rev() {
            if !self.is_trusted(client) {
                break;
            }
            match hop.trim().parse::<IpAddr>() {
                Ok(address) => client = address,
                // A garbled hop: the last trusted proxy is as far as can be told.
                Err(_) => break,
            }
        }
        client
    }

    fn is_trusted(&self, address: IpAddr) -> bool {
        self.trusted.iter().any(|net| net.contains(&address))
    }
}

/// The bucket an address counts in: an IPv6 client is usually given a whole /64, so the /64
/// is one client; an IPv4 address (also written as IPv6) is itself.
pub fn bucket(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !u128::from(u64::MAX))),
        },
    }
}

/// `LOGBOOK_TRUSTED_PROXIES`: addresses or networks, separated by commas.
pub fn parse_trusted(list: &str) -> Result<Vec<IpNet>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<IpNet>()
                .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| {
                    format!("{item:?} is neither an address nor a network such as 10.0.0.0/8")
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn an_ipv6_client_counts_as_its_64_and_ipv4_as_itself() {
        assert_eq!(bucket(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(
            bucket(ip("2001:db8:1:2:ffff:ffff:ffff:ffff")),
            ip("2001:db8:1:2::")
        );
        assert_ne!(bucket(ip("2001:db8:1:3::1")), ip("2001:db8:1:2::"));
        assert_eq!(bucket(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(bucket(ip("192.0.2.7")), ip("192.0.2.7"));
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let none = ClientAddresses::default();
        let proxy = ClientAddresses::new(parse_trusted("10.0.0.0/8, ::1").unwrap());
        let forwarded = ["203.0.113.9", "198.51.100.4"];
        // Anyone can send the header: without a trusted proxy the peer is the client.
        assert_eq!(none.client(ip("10.0.0.2"), &forwarded), ip("10.0.0.2"));
        // Behind the proxy, the last address it saw; one a client wrote first is not believed.
        assert_eq!(proxy.client(ip("10.0.0.2"), &forwarded), ip("198.51.100.4"));
        // Two trusted proxies in a row are both skipped.
        let chained = ["203.0.113.9", "10.1.1.1"];
        assert_eq!(proxy.client(ip("::1"), &chained), ip("203.0.113.9"));
        // A peer that is not a proxy is the client, whatever it sends.
        assert_eq!(proxy.client(ip("192.0.2.1"), &forwarded), ip("192.0.2.1"));
        assert!(parse_trusted("10.0.0.0/8,not an address").is_err());
    }
}
