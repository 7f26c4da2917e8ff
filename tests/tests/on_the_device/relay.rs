//! The network between the browser and the server, which a test can cut: while it is down no
//! connection gets through and those open are dropped, for the page and its service worker
//! alike (Chromium's offline emulation reaches the page only).

use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub struct Relay {
    address: String,
    down: watch::Sender<bool>,
}

impl Relay {
    /// Relays a free local port to `server` (`http://host:port`).
    pub async fn start(server: &str) -> Relay {
        let server = server.trim_start_matches("http://").to_owned();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = format!("http://{}", listener.local_addr().unwrap());
        let (down, watching) = watch::channel(false);
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let (mut watching, server) = (watching.clone(), server.clone());
                tokio::spawn(async move {
                    if *watching.borrow() {
                        return;
                    }
                    let Ok(mut outbound) = TcpStream::connect(&server).await else {
                        return;
                    };
                    tokio::select! {
                        _ = copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = watching.wait_for(|down| *down) => {}
                    }
                });
            }
        });
        Relay { address, down }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Cuts the network (`true`) or mends it.
    pub fn cut(&self, down: bool) {
        self.down.send_replace(down);
    }
}
