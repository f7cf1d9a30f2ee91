//! TLS to a PostgreSQL server (feature `tls`): rustls with ring's primitives, through the
//! client's connector crate. How much of the server's certificate is checked follows libpq's
//! `sslmode`: `prefer` and `require` encrypt without checking it, `verify-ca` checks that a CA
//! in `sslrootcert` signed it, `verify-full` also that it names the host the URL gives.

use super::pg::Tls;
use crate::error::{Error, Result};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::path::Path;
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// The connector for `tls` (a mode that encrypts: prefer, require, verify-ca, verify-full).
pub fn connector(tls: &Tls) -> Result<MakeRustlsConnect> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let (roots, name) = match tls {
        Tls::VerifyCa(file) => (Some(roots(file, &provider)?), false),
        Tls::VerifyFull(file) => (Some(roots(file, &provider)?), true),
        Tls::Disable | Tls::Prefer | Tls::Require => (None, false),
    };
    let verifier = Check {
        algorithms: provider.signature_verification_algorithms,
        roots,
        name,
    };
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Other(format!("TLS: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

/// The CA certificates in `file` (PEM), as the verifier of a server's certificate.
fn roots(file: &Path, provider: &Arc<CryptoProvider>) -> Result<Arc<WebPkiServerVerifier>> {
    let unreadable = |why: String| {
        Error::Usage(crate::tr!(
            "sslrootcert {}: {}; give the file of the CA certificate (PEM) that signed the \
             server's certificate",
            "sslrootcert {}: {}; beri berkas sertifikat CA (PEM) yang menandatangani sertifikat \
             server",
            file.display(),
            why
        ))
    };
    let mut store = RootCertStore::empty();
    let certs = CertificateDer::pem_file_iter(file).map_err(|e| unreadable(e.to_string()))?;
    for cert in certs {
        let cert = cert.map_err(|e| unreadable(e.to_string()))?;
        store
            .add(cert)
            .map_err(|e| unreadable(format!("not a CA certificate ({e})")))?;
    }
    if store.is_empty() {
        return Err(unreadable(
            crate::text::t("no certificate in it", "tidak ada sertifikat di dalamnya").into(),
        ));
    }
    WebPkiServerVerifier::builder_with_provider(Arc::new(store), provider.clone())
        .build()
        .map_err(|e| unreadable(e.to_string()))
}

/// The check of the server's certificate for one `sslmode`; the handshake's signatures are
/// always checked (the session's keys are the certificate's, whichever mode).
#[derive(Debug)]
struct Check {
    algorithms: WebPkiSupportedAlgorithms,
    /// The CAs (verify-ca, verify-full); none for prefer and require.
    roots: Option<Arc<WebPkiServerVerifier>>,
    /// Whether the certificate must name the host (verify-full).
    name: bool,
}

impl ServerCertVerifier for Check {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let Some(roots) = &self.roots else {
            return Ok(ServerCertVerified::assertion());
        };
        match roots.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            // verify-ca: a CA of sslrootcert signed it, whatever host it names.
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.name => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}
