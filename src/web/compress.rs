//! Response compression, done in place. actix's own middleware hands every body over 1 KB to the blocking
//! thread pool, which cost about 25 ms a page here; a page of 5 to 20 KB compresses in well under a
//! millisecond on the worker itself. Static assets are compressed once, at start-up.

use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The best encoding the client accepts: Brotli, then gzip, else none.
    pub fn choose(accept_encoding: &str) -> Encoding {
        let accepts = |name: &str| {
            accept_encoding.split(',').any(|part| {
                let mut pieces = part.trim().split(';');
                let coding = pieces.next().unwrap_or("").trim();
                let refused = pieces.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
                coding.eq_ignore_ascii_case(name) && !refused
            })
        };
        if accepts("br") {
            Encoding::Brotli
        } else if accepts("gzip") {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }

    pub fn header_value(self) -> Option<&'static str> {
        match self {
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
            Encoding::Identity => None,
        }
    }

    /// Compresses `body`. Quality is chosen for speed on a small machine: Brotli 5 with a 256 KB window and
    /// gzip 6 are within a few per cent of the best size for pages of this kind.
    pub fn encode(self, body: &[u8]) -> Vec<u8> {
        match self {
            Encoding::Brotli => {
                let mut out = brotli::CompressorWriter::new(Vec::with_capacity(body.len() / 3), 4096, 5, 18);
                let _ = out.write_all(body);
                out.into_inner()
            }
            Encoding::Gzip => {
                let mut out =
                    flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 3), flate2::Compression::new(6));
                let _ = out.write_all(body);
                out.finish().unwrap_or_else(|_| body.to_vec())
            }
            Encoding::Identity => body.to_vec(),
        }
    }
}

/// A body in every encoding, made once (static assets).
pub struct Precompressed {
    pub identity: Vec<u8>,
    pub brotli: Vec<u8>,
    pub gzip: Vec<u8>,
}

impl Precompressed {
    pub fn new(body: Vec<u8>) -> Precompressed {
        let brotli = best_brotli(&body);
        let gzip = Encoding::Gzip.encode(&body);
        Precompressed { identity: body, brotli, gzip }
    }

    pub fn get(&self, encoding: Encoding) -> &[u8] {
        match encoding {
            Encoding::Brotli => &self.brotli,
            Encoding::Gzip => &self.gzip,
            Encoding::Identity => &self.identity,
        }
    }
}

/// Done once at start-up, so it can take the time for the smallest result.
fn best_brotli(body: &[u8]) -> Vec<u8> {
    let mut out = brotli::CompressorWriter::new(Vec::new(), 4096, 11, 22);
    let _ = out.write_all(body);
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_accepted_encoding_is_chosen() {
        assert_eq!(Encoding::choose("gzip, deflate, br, zstd"), Encoding::Brotli);
        assert_eq!(Encoding::choose("gzip"), Encoding::Gzip);
        assert_eq!(Encoding::choose("br;q=0, gzip"), Encoding::Gzip);
        assert_eq!(Encoding::choose(""), Encoding::Identity);
        assert_eq!(Encoding::choose("identity"), Encoding::Identity);
    }

    #[test]
    fn compressed_bodies_decompress_to_the_original() {
        use std::io::Read;
        let page = "<p>Talk to Us</p>".repeat(500);
        let gz = Encoding::Gzip.encode(page.as_bytes());
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut back).unwrap();
        assert_eq!(back, page);
        let br = Encoding::Brotli.encode(page.as_bytes());
        let mut back = String::new();
        brotli::Decompressor::new(&br[..], 4096).read_to_string(&mut back).unwrap();
        assert_eq!(back, page);
        assert!(br.len() < page.len() / 10);
    }
}
