export const shieldConfig = {
  csrf: {
    // ruleid: js-csrf-disabled
    enabled: false,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  // ok: js-csrf-disabled (another protection's flag)
  csp: { enabled: false },
};
