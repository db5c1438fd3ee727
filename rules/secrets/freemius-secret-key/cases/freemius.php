<?php
$plugin = fs_dynamic_init( array(
    'id'         => '1234',
    'slug'       => 'my-plugin',
    // ruleid: freemius-secret-key
    'secret_key' => 'sk_<<RAND:[A-Za-z0-9;!?*~]:29>>',
    // ok: freemius-secret-key (read from the environment)
    'secret_key' => getenv( 'FREEMIUS_SECRET_KEY' ),
    // ok: freemius-secret-key (too short)
    'secret_key' => 'sk_<<RAND:[A-Za-z0-9]:12>>',
) );
