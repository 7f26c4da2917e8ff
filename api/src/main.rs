//! The `logbook` command: serve (the default), migrate, create-admin, create-org, seed-demo,
//! seed-bench, purge-expired, openapi, verify-rollups, backup, restore.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use logbook_api::accounts::{self, Home};
use logbook_api::app;
use logbook_api::auth::client_address::ClientAddresses;
use logbook_api::config::Settings;
use logbook_api::db::queries::rollup_drift;
use logbook_api::state::AppState;
use logbook_api::visitors::privacy;
use logbook_api::{db, seed, telemetry, tenants, web_app};
use logbook_shared::auth::NewAccount;
use logbook_shared::structure::NewTenant;
use logbook_shared::users::Invitee;
use logbook_shared::{Role, Rules};

#[derive(Parser)]
#[command(
    name = "logbook",
    version,
    about = "Documentation and follow-up of youth work"
)]
struct Cli {
    #[command(flatten)]
    settings: Settings,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run migrations and serve the API and the web app (the default).
    Serve,
    /// Run pending database migrations and exit.
    Migrate,
    /// Create a system admin account.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "System admin")]
        name: String,
        /// At least 10 characters.
        #[arg(long, env = "LOGBOOK_ADMIN_PASSWORD", hide_env_values = true)]
        password: String,
    },
    /// Create an organisation and its first org admin, and print the link to set a password.
    CreateOrg {
        #[arg(long)]
        name: String,
        #[arg(long)]
        admin_email: String,
        #[arg(long)]
        admin_name: String,
    },
    /// Add the demo organisation and its accounts (safe to repeat).
    SeedDemo,
    /// Add national-scale generated data for the report benchmarks (a fresh database).
    SeedBench {
        /// Organisations, each with 10 units.
        #[arg(long, default_value_t = 300)]
        orgs: usize,
        /// Years of sessions up to yesterday.
        #[arg(long, default_value_t = 5)]
        years: u32,
    },
    /// Erase aliases unused for their organisation's retention period, and forget old
    /// idempotency keys (the server also does this every hour).
    PurgeExpired,
    /// Print the OpenAPI document (the source of openapi/openapi.json).
    Openapi,
    /// Check that every organisation's report roll-ups agree with its sessions and check-ins
    /// (a rebuild, compared and rolled back); names what drifted and fails if anything did.
    VerifyRollups,
    /// Write a consistent copy of the database to FILE (a new file), also while the server
    /// runs: SQLite copies itself; PostgreSQL needs pg_dump of at least the server's version.
    Backup { file: PathBuf },
    /// Put the backup in FILE into an empty database (a new SQLite file, or an empty
    /// PostgreSQL database, with pg_restore), then upgrade it to this version.
    Restore { file: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("logbook: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&cli.settings),
        Command::Migrate => db::connect(&cli.settings.database_url()?).map(drop),
        Command::CreateAdmin {
            email,
            name,
            password,
        } => {
            let pool = db::connect(&cli.settings.database_url()?)?;
            let account = NewAccount {
                email,
                display_name: name,
                password,
            };
            let user = accounts::create(
                &mut *pool.get()?,
                Home::Instance,
                &account,
                Role::SystemAdmin,
            )?;
            println!("Created system admin {} (id {})", user.email, user.id);
            Ok(())
        }
        Command::CreateOrg {
            name,
            admin_email,
            admin_name,
        } => {
            let pool = db::connect(&cli.settings.database_url()?)?;
            let input = NewTenant {
                name,
                admin: Invitee {
                    email: admin_email,
                    display_name: admin_name,
                },
            };
            input
                .check()
                .map_err(|body| anyhow::anyhow!("{}", body.summary()))?;
            let created = tenants::create_organisation(&mut *pool.get()?, &input)
                .map_err(|error| anyhow::anyhow!("{}", error.body().summary()))?;
            println!(
                "Created organisation {} (id {}). {} sets a password at http://{}{} (valid until {} UTC).",
                created.organisation.name,
                created.organisation.id,
                created.admin.user.email,
                cli.settings.bind,
                created.admin.invitation.path,
                created.admin.invitation.expires_at.format("%Y-%m-%d %H:%M"),
            );
            Ok(())
        }
        Command::SeedDemo => {
            let pool = db::connect(&cli.settings.database_url()?)?;
            seed::demo(&mut *pool.get()?)?;
            println!(
                "Demo data ready. Sign in as {} / {}",
                seed::DEMO_EMAIL,
                seed::DEMO_PASSWORD
            );
            Ok(())
        }
        Command::SeedBench { orgs, years } => {
            let pool = db::connect(&cli.settings.database_url()?)?;
            let started = std::time::Instant::now();
            let scale = seed::bench::Scale {
                organisations: orgs,
                years,
            };
            let made = seed::bench::seed(&mut *pool.get()?, scale)?;
            println!(
                "Made {} sessions, {} attendance rows, {} check-ins in {:.0} s",
                made.sessions,
                made.attendance_rows,
                made.check_ins,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::PurgeExpired => {
            let pool = db::connect(&cli.settings.database_url()?)?;
            let purged = privacy::purge_expired(&mut *pool.get()?, db::queries::now())
                .map_err(|error| anyhow::anyhow!("{}", error.body().summary()))?;
            println!(
                "Erased {} aliases; deleted {} audit trail entries; forgot {} idempotency keys",
                purged.aliases, purged.audit_entries, purged.idempotency_keys
            );
            Ok(())
        }
        Command::VerifyRollups => verify_rollups(&cli.settings),
        Command::Backup { file } => {
            let bytes = db::backup::backup(&cli.settings.database_url()?, &file)?;
            println!("Backed up to {} ({bytes} bytes)", file.display());
            Ok(())
        }
        Command::Restore { file } => {
            let url = cli.settings.database_url()?;
            let sessions = db::backup::restore(&url, &file)?;
            println!(
                "Restored {} into {url}: {sessions} sessions",
                file.display()
            );
            Ok(())
        }
        Command::Openapi => {
            println!(
                "{}",
                serde_json::to_string_pretty(&app::openapi_document())?
            );
            Ok(())
        }
    }
}

fn verify_rollups(settings: &Settings) -> anyhow::Result<()> {
    let pool = db::connect(&settings.database_url()?)?;
    let (checked, drifted) = rollup_drift::everywhere(&mut *pool.get()?)?;
    for (organisation, drift) in &drifted {
        println!(
            "organisation {organisation}, {}: {} rows stored that the raw rows do not give, {} missing",
            drift.table,
            drift.extra.len(),
            drift.missing.len()
        );
        for line in drift.extra.iter().take(5) {
            println!("  stored only:  {line}");
        }
        for line in drift.missing.iter().take(5) {
            println!("  missing:      {line}");
        }
    }
    if !drifted.is_empty() {
        anyhow::bail!(
            "{} roll-up tables of the {checked} organisations have drifted",
            drifted.len()
        );
    }
    println!("The roll-ups of all {checked} organisations agree with their sessions and check-ins");
    Ok(())
}

#[actix_web::main]
async fn serve(settings: &Settings) -> anyhow::Result<()> {
    let config = settings.resolve()?;
    let pool = db::connect(&config.database_url)?;
    let listener = TcpListener::bind(&config.bind)
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    let address = listener.local_addr()?;
    if !web_app::is_built(&config.web_dir) {
        tracing::warn!(dir = %config.web_dir.display(), "no built web app found; serving the API only");
    }
    tracing::info!(database = %config.database_url, "serving on http://{address}");
    println!("Logbook is running at http://{address}/ (API docs: http://{address}/api/docs/)");
    privacy::purge_every_hour(pool.clone());
    let mut state = AppState::new(pool, &config.jwt_secret);
    state.client_addresses = ClientAddresses::new(config.trusted_proxies);
    state.public_url = config.public_url;
    app::serve(state, listener, config.web_dir)?.await?;
    Ok(())
}
