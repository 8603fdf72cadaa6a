// Opencall branding of Camunda Cockpit; the upstream defaults below are kept.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Opencall'
  },
  disableWelcomeMessage: true,
};
