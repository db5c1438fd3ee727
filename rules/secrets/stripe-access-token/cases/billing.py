import stripe

# ruleid: stripe-access-token
STRIPE_SECRET_KEY = "sk_live_<<RAND:[A-Za-z0-9]:24>>"

# ok: stripe-access-token (publishable key: wrong prefix, safe to ship to browsers)
STRIPE_PUBLISHABLE_KEY = "pk_live_<<RAND:[A-Za-z0-9]:30>>"

stripe.api_key = STRIPE_SECRET_KEY
